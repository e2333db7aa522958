// File inputs: résumé attachments are not part of a fill yet; the report says so instead of failing silently.
import type { WidgetWriter } from '~/lib/fill/types';

export const fileWriter: WidgetWriter = {
  write: async (field) => ({
    ok: false,
    shown:
      field.el instanceof HTMLInputElement ? [...(field.el.files ?? [])].map((f) => f.name).join(', ') : '',
    reason: 'file uploads are not filled automatically; attach the file yourself',
  }),
};
