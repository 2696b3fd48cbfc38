import { render } from 'preact';
import { PopupPage } from './popup-page';
import { ScoreView } from './score-view';

// The worker opens this page as a window with ?view=score for text scored from the context menu.
const view = new URLSearchParams(location.search).get('view');
render(view === 'score' ? <ScoreView /> : <PopupPage />, document.getElementById('app')!);
