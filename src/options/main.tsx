import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../i18n/t';
import { Options } from './options';

// Screen readers pick the voice from the page's language: the one the UI strings come in.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
