// Runs before the coping window's main bundle (a separate script in coping.html): starts the
// requests for its first screen while the rest of the page is still loading.
import { startEarlyRequests } from '../src/api/early-requests';

startEarlyRequests();
