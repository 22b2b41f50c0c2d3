/**
 * Quality evaluations anyone can rerun: metrics (nDCG, recall, success, MRR, precision, F1) with
 * trec_eval's semantics, BEIR retrieval, search quality (known items, word forms, topics), PDF
 * extraction quality, and regression configs ({@link org.paperscope.eval.RegressionConfigs}: YAML
 * under eval/regressions/ pinning each metric with a tolerance, run by {@code paperscope eval
 * run}). Reads through search, index, pdf and paper; never ingests and never calls the faces: an
 * index a search evaluation needs comes through {@link org.paperscope.eval.SearchIndexes}.
 */
package org.paperscope.eval;
