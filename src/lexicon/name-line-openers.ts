/**
 * Capitalised words that open headings, labels and menu items but never a
 * person's name, so "The Road Ahead" or "Read More" is not taken for a name.
 */
export const nameLineOpeners: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'To', 'Of', 'With', 'By', 'Why', 'How', 'What', 'Who', 'When',
  'Where', 'Our', 'My', 'Your', 'Their', 'His', 'Her', 'New', 'More', 'Most', 'This', 'That', 'These', 'It', 'We',
  'He', 'She', 'They', 'Read', 'Watch', 'Listen', 'Top', 'Latest', 'Related', 'Popular', 'Share', 'Follow', 'Sign',
  'Log', 'Breaking', 'Live', 'Video', 'Photo', 'Photos', 'See', 'View', 'All', 'Editor', 'Editors', 'Inside', 'About'
]
