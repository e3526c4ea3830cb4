package org.crosscheck.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Crosscheck's one door to Stanford CoreNLP: runs the pipeline described in
 * {@code models/corenlp.properties} and converts its output to {@link AnnotatedDocument}.
 *
 * <p>Needs: an analysis text (noise already blanked with spaces) and optionally the article's
 * publication date. Provides: sentences, tokens (word as written, lemma, POS, coarse NER) and
 * entity/value mentions with CoreNLP's normalisation (SUTime TIMEX, numbers), all with offsets
 * into that text. Entity ids are left null for {@code EntityLinker}.
 *
 * <p>The models take seconds and hundreds of MB to load, so there is one pipeline per process
 * ({@link #shared()}). {@link #annotate} is thread-safe: each call works on its own
 * {@link Annotation}, which is how CoreNLP supports concurrent annotation.
 */
public final class CoreNlpAnnotator {

    static final String PROPERTIES_RESOURCE = "/models/corenlp.properties";

    /** Chunk size in characters; big enough to hold many paragraphs, small enough to bound memory. */
    private static final int CHUNK_LENGTH = 50_000;

    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP pipeline;
    private final long modelLoadMillis;

    private CoreNlpAnnotator(Properties properties) {
        long started = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties);
        this.modelLoadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** The process-wide annotator, built on first use (this is where the models load). */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator instance = shared;
        if (instance == null) {
            synchronized (CoreNlpAnnotator.class) {
                instance = shared;
                if (instance == null) {
                    instance = new CoreNlpAnnotator(pipelineProperties());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** A fresh copy of the pipeline properties Crosscheck uses (the benchmark baseline uses the same). */
    public static Properties pipelineProperties() {
        Properties properties = new Properties();
        try (InputStream in = CoreNlpAnnotator.class.getResourceAsStream(PROPERTIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP properties not found on the classpath: "
                        + PROPERTIES_RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PROPERTIES_RESOURCE, e);
        }
        return properties;
    }

    /** The annotators in the order the pipeline runs them, e.g. {@code [tokenize, ssplit, pos, lemma, ner]}. */
    public static List<String> annotatorNames() {
        return List.of(pipelineProperties().getProperty("annotators").trim().split("\\s*,\\s*"));
    }

    /** How long building the pipeline (loading the models) took. */
    public long modelLoadMillis() {
        return modelLoadMillis;
    }

    /**
     * Annotates one article's analysis text.
     *
     * @param documentName  the document's name, copied into the result
     * @param text          the analysis text; all offsets in the result point into it
     * @param docDateOrNull the publication date, against which SUTime resolves relative dates
     */
    public AnnotatedDocument annotate(String documentName, String text, LocalDate docDateOrNull) {
        Objects.requireNonNull(documentName, "documentName");
        Objects.requireNonNull(text, () -> "text of " + documentName);
        List<Sentence> sentences = new ArrayList<>();
        for (TextChunks.Chunk chunk : TextChunks.split(text, CHUNK_LENGTH)) {
            Annotation annotation = new Annotation(chunk.text());
            if (docDateOrNull != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, docDateOrNull.toString());
            }
            pipeline.annotate(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences.add(toSentence(sentence, sentences.size(), chunk.start(), text));
            }
        }
        return new AnnotatedDocument(documentName, sentences);
    }

    /**
     * Runs the plain pipeline on {@code text} with no chunking and no conversion, for the
     * benchmark's baseline.
     *
     * @return the number of tokens
     */
    public int annotatePlain(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private static Sentence toSentence(CoreMap sentence, int index, int shift, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            tokens.add(toToken(labels.get(i), i, shift, text));
        }
        int sentenceStart = shift + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int sentenceEnd = shift + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> entityMentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (entityMentions != null) {
            for (CoreMap mention : entityMentions) {
                Mention converted = toMention(mention, firstToken, shift, text);
                if (converted != null) {
                    mentions.add(converted);
                }
            }
        }
        return new Sentence(index, sentenceStart, sentenceEnd, text.substring(sentenceStart, sentenceEnd),
                tokens, MentionRepair.repair(mentions, tokens, text));
    }

    private static Token toToken(CoreLabel label, int index, int shift, String text) {
        int start = shift + label.beginPosition();
        int end = shift + label.endPosition();
        MentionType type = MentionType.fromNerTag(label.ner());
        return new Token(index, start, end, text.substring(start, end), label.lemma(), label.tag(),
                type == null ? "O" : type.name());
    }

    /** Null for mention kinds Crosscheck does not keep. */
    private static Mention toMention(CoreMap mention, int sentenceFirstToken, int shift, String text) {
        MentionType type = MentionType.fromNerTag(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        if (type == null) {
            return null;
        }
        int start = shift + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = shift + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        // Mention token indexes are chunk-relative; the record wants them sentence-relative.
        int tokenBegin = mention.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceFirstToken;
        int tokenEnd = mention.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceFirstToken;
        String normalized = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new Mention(start, end, text.substring(start, end), type, normalized, tokenBegin, tokenEnd, null);
    }
}
