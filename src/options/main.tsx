import { render } from 'preact';
import { t } from '../i18n/t';
import { Options } from './options';

// Screen readers pick the voice from the page's language: the one the UI strings actually come in.
document.documentElement.lang = t('options_html_lang');
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
