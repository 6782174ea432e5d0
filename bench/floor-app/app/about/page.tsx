export default function About() {
  return <p>The page the floor links to.</p>;
}
