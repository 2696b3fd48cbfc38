import { useEffect, useMemo, useState } from 'preact/hooks';
import { previewTemplate, TEMPLATE_VARIABLES } from '../core/replies/custom';
import { REPLY_KINDS, replyLanguage, type ReplyKind, type TemplateLanguage, TEMPLATE_LANGUAGES } from '../core/replies/drafts';
import { t } from '../i18n/t';
import type { TemplateVariant, TemplateView } from '../messaging/protocol';
import { send } from '../messaging/send';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog';
import { errorNotice, NoticeLine, type Notice } from './notice';

const languageName = (code: string): string => {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const variantName = (variant: TemplateVariant): string =>
  variant === 'default' ? t('options_templates_variant_default') : t(`options_decline_${variant.replace(/-/g, '_')}`);

/** Variable descriptions come in the template languages; the UI's own language picks one. */
const uiLanguage: TemplateLanguage = replyLanguage(t('options_html_lang'));

/** The candidate's own reply texts, one per kind, decline reason and language, with a live preview. */
export function TemplatesSection() {
  const [templates, setTemplates] = useState<TemplateView[] | null>(null);
  const [kind, setKind] = useState<ReplyKind>('decline');
  const [variant, setVariant] = useState<TemplateVariant>('not-looking');
  const [language, setLanguage] = useState<TemplateLanguage>('en');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  async function load(): Promise<TemplateView[] | null> {
    const reply = await send('templates/list', {});
    if (!reply.ok) {
      setNotice(errorNotice(t('options_error_load', reply.error.message), reply.error));
      return null;
    }
    setTemplates(reply.value.templates);
    return reply.value.templates;
  }
  useEffect(() => void load(), []);

  const variants = useMemo(() => [...new Set((templates ?? []).filter((v) => v.kind === kind).map((v) => v.variant))], [templates, kind]);
  const current = templates?.find((v) => v.kind === kind && v.variant === variant && v.language === language) ?? null;

  // A kind without the chosen variant (decline reasons belong to decline only) falls back to its first one.
  useEffect(() => {
    if (variants.length && !variants.includes(variant)) setVariant(variants[0]!);
  }, [variants, variant]);
  // The editor shows the chosen template's text whenever the choice or the stored text changes.
  useEffect(() => setBody(current?.body ?? ''), [current?.id, current?.body]);

  const preview = useMemo(() => previewTemplate(kind, variant, language, body), [kind, variant, language, body]);
  const variables = TEMPLATE_VARIABLES.filter((v) => !v.kinds || v.kinds.includes(kind));
  const dirty = current !== null && body !== current.body;

  async function save(event: Event) {
    event.preventDefault();
    if (!current) return;
    const reply = await send('templates/save', { kind, variant, language, body });
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    setNotice({ tone: 'status', text: t('options_templates_saved') });
    await load();
  }

  async function reset(id?: string) {
    const reply = await send('templates/reset', id ? { id } : {});
    if (!reply.ok) {
      setNotice(errorNotice(reply.error.message, reply.error));
      return;
    }
    setNotice({ tone: 'status', text: id ? t('options_templates_reset_one') : t('options_templates_reset_all_done', reply.value.reset) });
    await load();
  }

  return (
    <section id="templates" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('options_templates_heading')}</h2>
      <p class="muted">{t('options_templates_intro')}</p>
      {templates === null && !notice && <p class="muted">{t('options_loading')}</p>}
      {templates && (
        <form onSubmit={save} aria-labelledby="templates-heading">
          <div class="row">
            <div class="field">
              <label for="template-kind">{t('options_templates_kind')}</label>
              <select id="template-kind" name="template-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as ReplyKind)}>
                {REPLY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`options_kind_${k.replace(/-/g, '_')}`)}
                  </option>
                ))}
              </select>
            </div>
            {variants.length > 1 && (
              <div class="field">
                <label for="template-variant">{t('options_templates_variant')}</label>
                <select id="template-variant" name="template-variant" value={variant} onChange={(event) => setVariant(event.currentTarget.value as TemplateVariant)}>
                  {variants.map((v) => (
                    <option key={v} value={v}>
                      {variantName(v)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div class="field">
              <label for="template-language">{t('options_templates_language')}</label>
              <select id="template-language" name="template-language" value={language} onChange={(event) => setLanguage(event.currentTarget.value as TemplateLanguage)}>
                {TEMPLATE_LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {current && (
            <>
              <p class="muted small" data-testid="template-state">
                {current.custom ? t('options_templates_custom') : t('options_templates_builtin')}
              </p>
              <div class="editor">
                <label class="field">
                  <span>{t('options_templates_body')}</span>
                  <textarea
                    name="template-body"
                    rows={Math.max(8, body.split('\n').length + 1)}
                    value={body}
                    onInput={(event) => setBody(event.currentTarget.value)}
                    aria-describedby={preview.problems.length > 0 ? 'template-problems' : undefined}
                  />
                </label>
                <figure class="field">
                  <figcaption>{t('options_templates_preview')}</figcaption>
                  <div class="preview" data-testid="template-preview">
                    {preview.text}
                  </div>
                </figure>
              </div>
              {preview.problems.length > 0 && (
                <div class="warning" id="template-problems">
                  {t('options_templates_problems')}
                  <ul>
                    {preview.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              )}
              <details id="template-variables">
                <summary>{t('options_templates_variables')}</summary>
                <dl class="variables small">
                  {variables.map((v) => (
                    <div key={v.name}>
                      <dt>
                        <code>{`{${v.name}}`}</code>
                      </dt>
                      <dd>{v.descriptions[uiLanguage] ?? v.description}</dd>
                    </div>
                  ))}
                </dl>
              </details>
              <div class="actions">
                <button type="submit" class="primary" disabled={!dirty}>
                  {t('options_templates_save')}
                </button>
                <button
                  type="button"
                  onClick={() => (current.custom ? void reset(current.id) : setBody(current.builtInBody))}
                  disabled={!current.custom && !dirty}
                >
                  {t('options_templates_reset')}
                </button>
                <button
                  type="button"
                  disabled={!templates.some((v) => v.custom)}
                  onClick={() =>
                    setConfirm({
                      title: t('options_templates_reset_all_confirm_title'),
                      text: t('options_templates_reset_all_confirm_text', templates.filter((v) => v.custom).length),
                      confirmLabel: t('options_templates_reset_all'),
                      onConfirm: () => void reset(),
                    })
                  }
                >
                  {t('options_templates_reset_all')}
                </button>
              </div>
            </>
          )}
        </form>
      )}
      <ConfirmDialog id="templates-confirm" request={confirm} onClose={() => setConfirm(null)} />
      <NoticeLine notice={notice} />
    </section>
  );
}
