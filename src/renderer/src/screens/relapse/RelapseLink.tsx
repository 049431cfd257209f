import { Button } from '../../components';
import { useNavigate } from '../shell/navigation';
import { openRelapseSupport, type RelapseOrigin } from './origin';
import './relapse.css';

/** A calm way into relapse support, placed on the journal and the coping box. */
export function RelapseLink({ from }: { from: RelapseOrigin }) {
  const navigate = useNavigate();
  return (
    <p className="relapse-link">
      <span>If you self-harmed, there is support here, without judgement.</span>
      <Button variant="quiet" onClick={() => openRelapseSupport(navigate, from)}>
        I self-harmed
      </Button>
    </p>
  );
}
