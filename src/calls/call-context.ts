import type { DateConvention } from '../cells/coerce';
import type { Lang } from '../i18n/lang';

/** What a host tells a call besides its arguments. */
export interface CallContext {
  /** The host's language, used for labels and messages unless a `lang` argument pins one. */
  readonly lang: Lang;
  /** How the workbook writes dates (its locale's day/month order, Excel's date system); 1900 system and
   * no order when the host does not say. */
  readonly dates?: DateConvention;
}
