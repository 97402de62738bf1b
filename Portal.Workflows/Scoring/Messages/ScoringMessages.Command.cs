namespace Portal.Workflows.Scoring;

// What the `score` command writes on standard error.
public static partial class ScoringMessages
{
    public static string CommandUsage() => Text("Command.Usage");

    public static string ArgumentMissing(string name) => Text("Command.ArgumentMissing", name);

    public static string ArgumentUnknown(string argument) => Text("Command.ArgumentUnknown", argument);

    public static string ArgumentRepeated(string name) => Text("Command.ArgumentRepeated", name);

    public static string ArgumentValueMissing(string name) => Text("Command.ArgumentValueMissing", name);

    public static string FileNotFound(string path) => Text("Command.FileNotFound", path);

    public static string FileUnreadable(string path, string detail) => Text("Command.FileUnreadable", path, detail);

    public static string InvalidJsonFile(string path, string detail) => Text("Command.InvalidJsonFile", path, detail);

    public static string SetFileRefused(string path, int problemCount) => Text("Command.SetFileRefused", path, problemCount);

    public static string InputsRefused(int refused, int total) => Text("Command.InputsRefused", refused, total);
}
