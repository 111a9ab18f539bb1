// Chinese full-text search machinery, domain-free: segmentation (jieba), stop words, the weighted
// tsvector and the tsquery a search runs, and highlighting of matched words.
export { compactText, cutWords, documentWords, normalizeText, segment } from './segment.ts';
export { STOP_WORDS, isStopWord } from './stop-words.ts';
export { contentTerms, expandSynonyms, orTsquery, parseQuery, quoteLexeme, weightedTsvector, type ParsedQuery, type SynonymMap } from './query.ts';
export { highlight, type Piece } from './highlight.ts';
