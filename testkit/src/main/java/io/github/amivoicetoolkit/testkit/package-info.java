/**
 * Test support for the toolkit: {@link io.github.amivoicetoolkit.testkit.SyntheticResults} makes up
 * realistic AmiVoice async results of any size, byte for byte the same for the same options.
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
 */
package io.github.amivoicetoolkit.testkit;
