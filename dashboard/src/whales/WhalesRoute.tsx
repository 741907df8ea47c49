import type { PageProps } from '../shell/views';
import { WhaleDetailPage } from './WhaleDetailPage';
import { WhalesPage } from './WhalesPage';

/** #/whales lists wallets; #/whales/{address} opens one. */
export function WhalesRoute({ param }: PageProps) {
  return param ? <WhaleDetailPage address={param.toLowerCase()} /> : <WhalesPage />;
}
