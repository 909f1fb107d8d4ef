package io.github.amivoicetoolkit.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link ParseBenchmark} again in a JVM with a 256 MiB heap: twice the {@code -Xmx128m} the command
 * line promises to handle a 250 MB result in, and about ten times the 10-hour document. With 2 GiB the
 * garbage of a tree or of bound records dies young and costs little; in a heap sized for the work it
 * has to be collected, which is what a service running several jobs at once pays.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ParseSmallHeapBenchmark extends ParseBenchmark {}
