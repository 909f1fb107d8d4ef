package io.github.amivoicetoolkit.spark.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/** A Hadoop {@link Configuration} that can be broadcast to the executors (it is not Serializable itself). */
final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Configuration conf;

  HadoopConf(Configuration conf) {
    this.conf = conf;
  }

  /** The session's Hadoop configuration with its SQL settings, as Spark's file sources see it. */
  static Configuration ofSession(SparkSession spark) {
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    CollectionConverters.asJava(spark.conf().getAll()).forEach((key, value) -> {
      if (value != null) {
        conf.set(key, value);
      }
    });
    return conf;
  }

  Configuration get() {
    return conf;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
