/**
 * Test support for the toolkit: {@link io.github.amivoicetoolkit.testkit.SyntheticResults} makes up
 * realistic AmiVoice async results of any size, byte for byte the same for the same options, {@link
 * io.github.amivoicetoolkit.testkit.ResultJson} builds small documents token by token for exact edge
 * cases, and {@link io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer} is a local simulator of the
 * async HTTP API that serves them. The documents follow {@code docs/result-format.md}.
 *
 * <pre>{@code
 * SyntheticResults oneHour = SyntheticResults.builder()
 *     .seed(42)
 *     .minutes(60)
 *     .speakers(4)
 *     .sentiment(true)
 *     .build();
 * oneHour.writeTo(dir.resolve("meeting.json.gz"));    // streams; gzip because of the name
 *
 * SyntheticResults.Summary truth = oneHour.summary(); // counted without writing or parsing
 * Transcript transcript = new TranscriptReader().read(dir.resolve("meeting.json.gz"));
 * assertThat(transcript.tokens().size()).isEqualTo(truth.tokens());
 *
 * // a variant: English, sync-compatible shape, no diarization
 * SyntheticResults english = oneHour.toBuilder()
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
 *     .result(oneHour::writeTo)                    // job fields are put in by the simulator
 *     .start()) {
 *   server.faults().onPoll(Fault.httpStatus(503), 2).onCreate(Fault.jobRejected());
 *   URI endpoint = server.recognitionsUri(ApiVersion.V2);   // http://127.0.0.1:<port>/v2/recognitions
 *   // ... point a client at endpoint, then:
 *   List<ReceivedJob> jobs = server.jobs();                 // d parameter, audio size and MD5 of each
 * }
 * }</pre>
 */
package io.github.amivoicetoolkit.testkit;
