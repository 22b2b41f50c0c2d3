/**
 * The data directory: {@link org.paperscope.data.DataDir} owns its layout (index, extracted text,
 * enrichment cache, kept PDFs, database) and says what a backup must copy. Depends on nothing else
 * in PaperScope.
 */
package org.paperscope.data;
