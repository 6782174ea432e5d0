import { NotFoundPanel } from '@/components/ui/NotFoundPanel';

export default function NotFound() {
  return <NotFoundPanel />;
}
