import { NotFoundPanel } from '@/components/ui/NotFoundPanel';

/** An unknown claim, dataset or concept: inside the site's layout. */
export default function NotFound() {
  return <NotFoundPanel />;
}
