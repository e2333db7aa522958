import { describe, expect, it } from 'vitest';
import { normalizeText, searchPrefix } from '~/lib/fill/values/normalize-text';

describe('normalizeText', () => {
  it('folds width, case, punctuation and spaces, and reads & as and', () => {
    expect(normalizeText('ＭＢＡ ')).toBe('mba');
    expect(normalizeText("Master's Degree")).toBe('mastersdegree');
    expect(normalizeText('Huazhong University of Science & Technology')).toBe(
      normalizeText('Huazhong University of Science and Technology'),
    );
  });
});

describe('searchPrefix', () => {
  it('the words before the first and / & / bracket / comma', () => {
    expect(searchPrefix('Huazhong University of Science and Technology')).toBe(
      'Huazhong University of Science',
    );
    expect(searchPrefix('National University of Singapore (NUS)')).toBe('National University of Singapore');
  });

  it('the first three words of a long name without such a cut; nothing for a short one', () => {
    expect(searchPrefix('Massachusetts Institute of Technology Cambridge')).toBe(
      'Massachusetts Institute of',
    );
    expect(searchPrefix('Peking University')).toBeNull();
    expect(searchPrefix('University of Oxford')).toBeNull();
  });
});
