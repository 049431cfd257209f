import { Button } from '../../components';
import { useNavigate } from '../../api/navigation';
import { useWords } from '../../api/AppearanceProvider';
import { openRelapseSupport, type RelapseOrigin } from './origin';
import './relapse.css';

/** A calm way into relapse support, placed on the journal and the coping box. */
export function RelapseLink({ from }: { from: RelapseOrigin }) {
  const navigate = useNavigate();
  const w = useWords();
  return (
    <p className="relapse-link">
      <span>{w('selfHarmedLead')}</span>
      <Button variant="quiet" onClick={() => openRelapseSupport(navigate, from)}>
        {w('selfHarmedButton')}
      </Button>
    </p>
  );
}
