/**
 * Common English words that say nothing of a story's topic, for comparing
 * the words of a headline with those of the body. Only words of four or more
 * letters matter (shorter words are not compared at all).
 */
export const stopwords: readonly string[] = [
  'about', 'above', 'after', 'again', 'against', 'also', 'been', 'before', 'being', 'below', 'between', 'both',
  'could', 'does', 'doing', 'down', 'during', 'each', 'from', 'further', 'have', 'having', 'here', 'into', 'just',
  'more', 'most', 'much', 'many', 'must', 'only', 'other', 'over', 'same', 'says', 'said', 'should', 'some', 'such',
  'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'under', 'until',
  'very', 'want', 'were', 'what', 'when', 'where', 'which', 'while', 'will', 'with', 'would', 'your', 'year', 'years',
  'news', 'read', 'live', 'update', 'updates', 'latest', 'today', 'week', 'first', 'last', 'next', 'still', 'like'
]
