# arxiv-sanity-lite's similar papers (TF-IDF of title + abstract, its vectorizer settings), for every
# paper of a PaperScope JSON Lines export: time to vectorize, and to find each paper's 10 nearest.
import json, sys, time
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

papers = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
texts = [p["title"] + " | " + (p.get("abstract") or "") for p in papers]
start = time.perf_counter()
v = TfidfVectorizer(input="content", encoding="utf-8", decode_error="replace", strip_accents="unicode",
                    lowercase=True, analyzer="word", stop_words="english",
                    token_pattern=r"(?u)\b[a-zA-Z_][a-zA-Z0-9_]+\b", ngram_range=(1, 2),
                    max_features=20000, norm="l2", use_idf=True, smooth_idf=True, sublinear_tf=True,
                    max_df=0.1, min_df=5)
X = v.fit_transform(texts).astype(np.float32)
vectorized = time.perf_counter() - start
start = time.perf_counter()
rows = X.shape[0]
block = 2000
for lo in range(0, rows, block):
    sims = (X[lo:lo + block] @ X.T).toarray()
    for i in range(sims.shape[0]):
        sims[i, lo + i] = -1
    top = np.argpartition(-sims, 10, axis=1)[:, :10]
similar = time.perf_counter() - start
print(f"{rows} papers: TF-IDF fit {vectorized:.1f} s, 10 nearest of every paper {similar:.1f} s")
