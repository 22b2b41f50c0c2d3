/**
 * The "What is …?" glossary: finding the named methods, models, datasets and systems that papers
 * introduce ({@link ConceptDetector}), and gathering them over a corpus into concepts, each defined
 * by the first paper that introduced it.
 */
package org.paperscope.glossary;
