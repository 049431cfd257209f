import { useEffect, useState } from 'react';
import { harbor } from './harbor';

export function App() {
  const [state, setState] = useState<string>('loading');
  useEffect(() => {
    void harbor.vaultStatus({}).then((r) => setState(r.ok ? r.value.state : r.error.message));
  }, []);
  return <main><h1>Harbor</h1><p>{state}</p></main>;
}
