import { describe, expect, it } from 'vitest';
import { sharedState } from '~/lib/content/shared-state';
import { trackTarget } from '~/lib/content/track-target';

describe('trackTarget', () => {
  it("ignores a page's synthetic contextmenu and focusin: only the user's own aim the picker", () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    trackTarget(document);
    const area = document.getElementById('t')!;
    area.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));
    area.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(sharedState().target).toBeUndefined();
  });
});
