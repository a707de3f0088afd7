import type { Lang } from '../i18n/lang';

/** What a host tells a call besides its arguments. */
export interface CallContext {
  /** The host's language, used for labels and messages unless a `lang` argument pins one. */
  readonly lang: Lang;
}
