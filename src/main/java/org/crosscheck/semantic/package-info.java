/**
 * Sentence embeddings, one similarity signal for the alignment: {@link org.crosscheck.semantic.SentenceEncoder}
 * runs all-MiniLM-L6-v2 (quantized, in process, the ONNX model from its Maven artifact) and gives
 * L2-normalised vectors; {@link org.crosscheck.semantic.ClaimTexts} says which texts of a claim are
 * embedded (its sentence, the words around its value, a statement's words);
 * {@link org.crosscheck.semantic.ClaimVectors} holds each claim's vectors, encoding only texts not
 * stored before; {@link org.crosscheck.semantic.Vectors} compares them. Needs claims; provides vectors
 * keyed by text hash for the store and by claim id for the alignment. The only package that imports
 * ONNX Runtime and the tokenizer (decision 0012).
 */
package org.crosscheck.semantic;
