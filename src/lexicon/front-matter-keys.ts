/**
 * Front matter keys (YAML or TOML at the top of a Markdown file) that name an
 * article's fields, in lower case, as static site generators and CMS
 * exports write them. The first key present wins.
 */
export const frontMatterKeys = {
  /** The headline. */
  title: ['title', 'headline'],
  /** The standfirst. */
  dek: ['description', 'subtitle', 'dek', 'summary', 'excerpt', 'standfirst', 'lede'],
  /** The authors: one name, a list, or names joined by commas or "and". */
  authors: ['author', 'authors', 'byline', 'by'],
  /** When it was published. */
  published: ['date', 'published', 'pubdate', 'publishdate', 'published_at', 'date_published', 'publish_date']
} as const
