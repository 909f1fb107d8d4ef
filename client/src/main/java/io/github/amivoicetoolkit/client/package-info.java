/**
 * A client of the AmiVoice async HTTP API over the JDK {@code HttpClient}: submit audio, wait for
 * the job, get the result as raw bytes and as a {@link io.github.amivoicetoolkit.core.Transcript}.
 *
 * <p>{@link io.github.amivoicetoolkit.client.AmiVoiceClient} does the work;
 * {@link io.github.amivoicetoolkit.client.RecognitionOptions} is the {@code d} part;
 * {@link io.github.amivoicetoolkit.client.PollingPolicy} and
 * {@link io.github.amivoicetoolkit.client.RetryPolicy} say how to wait and when to try again; every
 * failure is an {@link io.github.amivoicetoolkit.client.AmiVoiceException} subclass (an
 * {@code IOException}, sealed) carrying the service's code and message. Every exchange has a
 * timeout per phase and every answer a size limit, all set on the client's builder; a result is
 * streamed into a file beside the output you name, never held whole in memory when large.
 *
 * <pre>{@code
 * AmiVoiceClient client = AmiVoiceClient.builder()
 *     .endpoint(endpoint)                                   // default: production v2; .v1() for sentiment
 *     .appKey(appKey)                                       // default: from AMIVOICE_APPKEY
 *     .pollingPolicy(PollingPolicy.builder().initialDelay(Duration.ofMillis(50)).maxWait(Duration.ofMinutes(30)).build())
 *     .build();
 * RecognitionOptions options = RecognitionOptions.builder()
 *     .grammarFileNames("-a-general").speakerDiarization(true).contentId("meeting.wav").build();
 * Job job = client.submit(audio, options);                  // streamed; size and MD5 kept
 * try {
 *   RecognitionResult result = client.await(job,             // written beside the audio, atomically
 *       s -> System.err.println(s.sessionId() + " " + s.state()), audio.resolveSibling("meeting.json"));
 *   System.out.println(result.transcript().text());
 * } catch (InterruptedException | AwaitTimeoutException e) {
 *   System.err.println("still running at the service: " + job.sessionId());  // await Job.of(id) later
 * } catch (JobRejectedException e) {
 *   System.err.println("rejected (" + e.code() + "): " + e.serviceMessage()); // do not retry
 * } catch (RequestTimeoutException | ResponseTooLargeException e) {
 *   System.err.println(e.getMessage());                      // names the setting and its value
 * }
 * }</pre>
 *
 * <p>The answers the service gives, job by job, are described in {@code docs/result-format.md}
 * ({@code #async-api}, {@code #job-status}, {@code #result-shapes}).
 */
package io.github.amivoicetoolkit.client;
