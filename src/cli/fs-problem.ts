/** Why the file system refused a path, completing "<path> …". */

export function fileSystemProblem(e: unknown, missing = "no longer exists"): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return missing;
    case "EACCES":
    case "EPERM":
      return "cannot be opened (permission denied)";
    case "EISDIR":
      return "is a folder";
    case "ENAMETOOLONG":
      return "cannot be opened (its path is longer than the system allows)";
    case "ELOOP":
      return "cannot be opened (it is a link that leads round in a circle)";
    case "ENOTDIR":
      return "cannot be opened (part of its path is not a folder)";
    default:
      return `cannot be opened (${code ?? "unknown error"})`;
  }
}
