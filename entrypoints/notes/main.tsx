import { render } from 'preact';
import { type LibraryBackend, LibraryPage } from '../../components/LibraryPage';
import { askBackground } from '../../utils/ask-background';
import './style.css';

// The notes library page (notes.html): every note the reader kept. The notes live in the
// background's database; this page only asks for them and for each change.
const backend: LibraryBackend = {
  list: () => askBackground({ type: 'list-notes' }),
  update: (note, basedOnUpdatedAt) => askBackground({ type: 'update-note', note, basedOnUpdatedAt }),
  remove: (id) => askBackground({ type: 'delete-note', id }),
  restore: (note) => askBackground({ type: 'create-note', note }),
  importBatch: (notes) => askBackground({ type: 'import-notes', notes }),
};

render(<LibraryPage backend={backend} />, document.getElementById('app') as HTMLElement);
