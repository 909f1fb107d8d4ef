/**
 * Test support for the toolkit: {@link io.github.amivoicetoolkit.testkit.SyntheticResults} makes up
 * realistic AmiVoice async results of any size, byte for byte the same for the same options, and
 * {@link io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer} is a local simulator of the async
 * HTTP API that serves them.
 *
 * <pre>{@code
 * SyntheticResults tenHours = SyntheticResults.builder()
 *     .seed(42)
 *     .minutes(600)
 *     .speakers(4)
 *     .sentiment(true)
 *     .build();
 * tenHours.writeTo(dir.resolve("meeting.json.gz"));   // streams; gzip because of the name
 *
 * SyntheticResults.Summary truth = tenHours.summary(); // counted without writing or parsing
 * assertThat(transcript.tokenCount()).isEqualTo(truth.tokens());
 * assertThat(report.billableMs()).isEqualTo(truth.billableMs());
 *
 * // a variant: English, sync-compatible shape, no diarization
 * SyntheticResults english = tenHours.toBuilder()
 *     .language(SyntheticResults.Language.ENGLISH)
 *     .compatibleWithSync(true)
 *     .diarization(false)
 *     .build();
 * english.writeTo(outputStream);                       // flushed, not closed
 * }</pre>
 *
 * <p>The simulator serves job creation and polling on {@code 127.0.0.1}; a
 * {@link io.github.amivoicetoolkit.testkit.FaultPlan} makes it misbehave on demand; a
 * {@link io.github.amivoicetoolkit.testkit.ResultBody} says what completed jobs return (a
 * {@code SyntheticResults} fits as {@code generator::writeTo}); and
 * {@link io.github.amivoicetoolkit.testkit.ReceivedJob} tells a test what a client sent.
 *
 * <pre>{@code
 * try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder()
 *     .appKeys("test-key")
 *     .statusDelay(Duration.ofMillis(20))          // queued, started, processing: 20 ms each
 *     .result(tenHours::writeTo)                   // job fields are put in by the simulator
 *     .start()) {
 *   server.faults().onPoll(Fault.httpStatus(503), 2).onCreate(Fault.jobRejected());
 *   URI endpoint = server.recognitionsUri(ApiVersion.V2);   // http://127.0.0.1:<port>/v2/recognitions
 *   // ... point a client at endpoint, then:
 *   ReceivedJob job = server.jobs().get(0);                 // d parameter, audio size and MD5
 * }
 * }</pre>
 */
package io.github.amivoicetoolkit.testkit;
