// Whether a person can see this frame at all. A frame whose <iframe> is transparent, zero-sized, hidden or
// inside a hidden wrapper shows none of its fields, so it fills nothing. Only the parent document can
// judge its <iframe> element: a same-origin frame reads it through `frameElement`; a cross-origin one
// asks the parent's copy of this script by postMessage (every frame runs it during a fill), and the
// parent answers for the element whose contentWindow sent the question, after asking its own parent.
// The messages carry only a request number and a yes/no, never résumé data.
import { createVisibility } from '~/lib/fill/collect/is-visible';

const ASK = 'resume-autofill:frame-visible?';
const ANSWER = 'resume-autofill:frame-visible';
/** A parent without our script (or busy) is not waited for: the frame is then judged visible. */
const ANSWER_WAIT_MS = 1_000;

interface Question {
  type: typeof ASK;
  id: string;
}
interface Answer {
  type: typeof ANSWER;
  id: string;
  visible: boolean;
}

function elementVisible(el: Element): boolean {
  return createVisibility(el.ownerDocument)(el);
}

/** The <iframe>/<frame> of this document holding `source`, if any. */
function frameHolding(doc: Document, source: MessageEventSource | null): Element | null {
  if (!source) return null;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    if ((frame as HTMLIFrameElement).contentWindow === source) return frame;
  }
  return null;
}

function askParent(win: Window): Promise<boolean> {
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const done = (visible: boolean) => {
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(visible);
    };
    const onMessage = (e: MessageEvent) => {
      const data = e.data as Partial<Answer> | null;
      if (e.source === win.parent && data?.type === ANSWER && data.id === id) done(data.visible !== false);
    };
    const timer = setTimeout(() => done(true), ANSWER_WAIT_MS);
    win.addEventListener('message', onMessage);
    win.parent.postMessage({ type: ASK, id } satisfies Question, '*');
  });
}

/** Whether this window's frame, and every frame around it, can be seen. The top window always can. */
export async function frameVisible(win: Window = window): Promise<boolean> {
  if (win.parent === win) return true;
  let holder: Element | null = null;
  try {
    holder = win.frameElement;
  } catch {
    holder = null; // cross-origin parent
  }
  if (holder) {
    if (!elementVisible(holder)) return false;
    const parent = holder.ownerDocument.defaultView;
    return parent ? frameVisible(parent) : true;
  }
  return askParent(win);
}

/** Answers child frames' questions about their <iframe> elements (installed once per frame). */
export function answerFrameQuestions(win: Window = window): void {
  win.addEventListener('message', (e: MessageEvent) => {
    const data = e.data as Partial<Question> | null;
    if (data?.type !== ASK || typeof data.id !== 'string') return;
    const frame = frameHolding(win.document, e.source);
    if (!frame) return;
    const id = data.id;
    const source = e.source as Window;
    void (async () => {
      const visible = elementVisible(frame) && (await frameVisible(win));
      source.postMessage({ type: ANSWER, id, visible } satisfies Answer, '*');
    })();
  });
}
