/** What a unit (a block) of the input is. */
export type Label = 'boilerplate' | 'headline' | 'dek' | 'byline' | 'caption' | 'heading' | 'paragraph' | 'credit'

/** Every {@link Label}, in the order the fitted weights list them. */
export const labels: readonly Label[] = ['boilerplate', 'headline', 'dek', 'byline', 'caption', 'heading', 'paragraph', 'credit']
