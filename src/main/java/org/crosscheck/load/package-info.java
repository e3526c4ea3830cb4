/**
 * Loading: from input paths to {@link org.crosscheck.load.Article}s the NLP can read.
 *
 * <p>{@link org.crosscheck.load.InputCollector} expands folders into article files and finds
 * their {@code manifest.csv} ({@link org.crosscheck.load.Manifest}); what only looks like an article
 * (a folder named {@code notes.txt}, a link leading out of the folder) and manifest rows that match
 * no file ({@code ManifestRows}: absolute paths, paths outside the folder) are reported, never read.
 * {@code ArticleFile} reads one file's bytes, bounded, refusing devices, pipes, loops and files that
 * change while read. {@link org.crosscheck.load.ArticleLoader}
 * refuses bad files with a {@link org.crosscheck.load.LoadException} that names the file and the
 * problem (empty, binary, too large, unreadable, undecodable), decodes the rest (UTF-8, UTF-16
 * with BOM, detected legacy encodings), and takes the article text out of HTML with an
 * {@link org.crosscheck.load.OffsetMap} back to the source. {@link org.crosscheck.load.PassageClassifier}
 * is the noise filter that labels each passage (headline, body, caption, other stories,
 * boilerplate...) and blanks everything but the article's own text, keeping offsets.
 * {@link org.crosscheck.load.PublicationDateFinder}, {@link org.crosscheck.load.OutletFinder} and
 * {@link org.crosscheck.load.TitleFinder} fill in the metadata from the manifest or, failing that,
 * the page or the text (a title with none found is the outlet and the lead's first words).
 */
package org.crosscheck.load;
