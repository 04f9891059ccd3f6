/**
 * The facts that rule authors match on in .drl files, and {@link io.github.policykoll.facts.Hit}, the
 * fact a rule inserts to report a finding.
 *
 * <p>Text analysis turns each post into these facts before the rules run:
 * <ul>
 *   <li>{@link io.github.policykoll.facts.PostInfo} — one per post: its metadata (author role, visibility,
 *       platform, comments on/off, own page ...);</li>
 *   <li>{@link io.github.policykoll.facts.MediaItem} — one per attached image or video;</li>
 *   <li>{@link io.github.policykoll.facts.Sentence} — one per sentence;</li>
 *   <li>{@link io.github.policykoll.facts.Term} — one per word-list match (list = the word list's file
 *       name without {@code .txt});</li>
 *   <li>{@link io.github.policykoll.facts.Personnummer}, {@link io.github.policykoll.facts.PhoneNumber},
 *       {@link io.github.policykoll.facts.Email}, {@link io.github.policykoll.facts.Link},
 *       {@link io.github.policykoll.facts.Mention}, {@link io.github.policykoll.facts.Hashtag};</li>
 *   <li>{@link io.github.policykoll.facts.CapsRun}, {@link io.github.policykoll.facts.PunctuationRun},
 *       {@link io.github.policykoll.facts.ToneStats} — tone.</li>
 * </ul>
 * Every fact with a position implements {@link io.github.policykoll.facts.Located}: offsets are UTF-16
 * code units into the original text, end exclusive.
 */
package io.github.policykoll.facts;
