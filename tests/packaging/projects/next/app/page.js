import Smoke from './smoke-client.js';

export default function Page() {
  return <Smoke />;
}
