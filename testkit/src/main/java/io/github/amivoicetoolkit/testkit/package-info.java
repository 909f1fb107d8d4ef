/**
 * A local simulator of the AmiVoice async HTTP API, for tests and offline development.
 *
 * <p>{@link io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer} serves job creation and polling on
 * {@code 127.0.0.1}; a {@link io.github.amivoicetoolkit.testkit.FaultPlan} makes it misbehave on
 * demand; {@link io.github.amivoicetoolkit.testkit.ResultBody} says what completed jobs return; and
 * {@link io.github.amivoicetoolkit.testkit.ReceivedJob} tells a test what a client sent.
 *
 * <pre>{@code
 * try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder()
 *     .appKeys("test-key")
 *     .statusDelay(Duration.ofMillis(20))          // queued, started, processing: 20 ms each
 *     .result(Path.of("completed.json"))           // job fields are put in by the simulator
 *     .start()) {
 *   server.faults().onPoll(Fault.httpStatus(503), 2).onCreate(Fault.jobRejected());
 *   URI endpoint = server.recognitionsUri(ApiVersion.V2);   // http://127.0.0.1:<port>/v2/recognitions
 *   // ... point a client at endpoint, then:
 *   ReceivedJob job = server.jobs().get(0);                 // d parameter, audio size and MD5
 * }
 * }</pre>
 */
package io.github.amivoicetoolkit.testkit;
