import { render } from 'preact';
import { t } from '../i18n/t';
import { PopupPage } from './popup-page';
import { ScoreView } from './score-view';

// Screen readers pronounce the page in the language its strings come from (`_locales`), not the file's "en".
document.documentElement.lang = t('popup_lang_code');

// The worker opens this page as a window with ?view=score for text scored from the context menu.
const view = new URLSearchParams(location.search).get('view');
render(view === 'score' ? <ScoreView /> : <PopupPage />, document.getElementById('app')!);
