// Step 5 of the label chain: component libraries put the label in a sibling wrapper of the control's
// wrapper, so the nearest form-item container (see isFormItem) is searched for its label-ish child.
import { countControls } from './control-count';
import { classOf, composedParent, containsControl, isFormItem } from './dom';
import { ariaLabel } from './label-sources';
import { visibleText } from './text';

const HELP_LINE = /(?:^|[\s_-])(?:desc|description|hint|help|extra|explain)(?:[\s_-]|$)/i;

const LABELISH =
  'label,legend,dt,[class*=label],[class*=Label],[class^=title-],[class*=" title-"],[class*=title],' +
  '[class*=Title],.form-item__text,[class*=caption]';

/**
 * 5: the nearest form-item container's label-ish child (antd, Element, Moka, Beisen, Feishu, Lever…).
 * A container holding more controls than this one (a date range, Moka's four selects) still labels
 * them all, as long as it has exactly one label: two labels mean two questions.
 */
export function containerLabel(target: Element): string {
  const own = countControls(target);
  let node: Element | null = composedParent(target);
  for (let level = 0; node && level < 8 && node.tagName !== 'FORM' && node.tagName !== 'BODY'; level++) {
    if (isFormItem(node)) {
      // Element Plus names an item holding several controls with role=group + aria-labelledby.
      const grouped = node.getAttribute('role') === 'group' ? ariaLabel(node) : '';
      if (grouped) return grouped;
      const found: Array<[Element, string]> = [];
      for (const cand of Array.from(node.querySelectorAll(LABELISH))) {
        if (cand.contains(target) || target.contains(cand) || containsControl(cand)) continue;
        // The text of a checkbox or radio option (Element's .el-checkbox__label 至今) answers, it does
        // not ask: its <label> holds the option's own control.
        if (optionText(cand, node)) continue;
        // `.ant-form-item-label > label` is one label, not two.
        if (found.some(([outer]) => outer.contains(cand))) continue;
        // A description line inside the label block (金数据's grey `field-label__description`) is help,
        // not the question: '专业技能' with '如编程语言…' under it is no question about languages.
        const t = visibleText(cand, 200, (n) => n !== cand && HELP_LINE.test(classOf(n)));
        if (t) found.push([cand, t]);
      }
      // A wrapper of this control alone without a label (Lever's .application-field): look further out.
      if (countControls(node) <= own) {
        if (found.length) return found[0]![1];
      } else return found.length === 1 ? found[0]![1] : '';
    }
    node = composedParent(node);
  }
  return '';
}

/** Inside a <label> (within `item`) that holds a control: an option's text, not the item's question. */
function optionText(cand: Element, item: Element): boolean {
  const label = cand.closest('label');
  return !!label && label !== cand && item.contains(label) && containsControl(label);
}
