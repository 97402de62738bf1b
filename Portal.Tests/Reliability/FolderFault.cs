using System.Diagnostics;

namespace Portal.Tests.Reliability;

/// <summary>
/// A fault of the disk under a data folder, made real for a test: the folder remounted read-only (a read-only bind
/// mount over itself; without root, the write permissions taken away), or full (a tmpfs just big enough for the
/// folder's files, mounted over it, then filled). Where the machine forbids mounting, <see cref="Unavailable"/> says
/// why and the test prints it instead of failing for lack of permission. Clearing the fault and disposing put it back.
/// </summary>
public sealed class FolderFault : IDisposable
{
    private readonly string _folder;
    private readonly List<string[]> _undo = [];
    private string? _filler;

    private FolderFault(string folder) => _folder = folder;

    /// <summary>Why the fault could not be made here (null when it is in place).</summary>
    public string? Unavailable { get; private set; }

    public static FolderFault ReadOnly(string folder)
    {
        var fault = new FolderFault(folder);
        if (Environment.UserName != "root")
        {
            // The permission bits are enough for anyone but root.
            if (fault.Try("chmod", "-R", "a-w", folder) is { } why0) fault.Unavailable = why0;
            fault._undo.Add(["chmod", "-R", "u+w", folder]);
            return fault;
        }
        if (fault.Try("mount", "--bind", folder, folder) is { } why) { fault.Unavailable = why; return fault; }
        fault._undo.Add(["umount", folder]);
        if (fault.Try("mount", "-o", "remount,ro,bind", folder) is { } why2) fault.Unavailable = why2;
        else fault._undo.Insert(0, ["mount", "-o", "remount,rw,bind", folder]);
        return fault;
    }

    public static FolderFault Full(string folder)
    {
        var fault = new FolderFault(folder);
        var copy = Path.Combine(Path.GetTempPath(), "portal-full-" + Guid.NewGuid().ToString("N"));
        var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        if (fault.Try("cp", "-a", folder, copy) is { } failed) { fault.Unavailable = failed; return fault; }
        if (fault.Try("mount", "-t", "tmpfs", "-o", $"size={bytes / 1024 + 1024}k", "tmpfs", folder) is { } why)
        {
            fault.Unavailable = $"mounting a small tmpfs is not allowed here ({why})";
            Directory.Delete(copy, true);
            return fault;
        }
        fault._undo.Add(["umount", folder]);
        fault.Try("cp", "-a", copy + "/.", folder);
        Directory.Delete(copy, true);
        fault._filler = Path.Combine(folder, "filler");
        fault.Try("dd", "if=/dev/zero", $"of={fault._filler}", "bs=64k"); // stops at "No space left on device"
        return fault;
    }

    /// <summary>The fault ends: the folder is writable again, or the filler that took its space is gone.</summary>
    public void Clear()
    {
        if (_filler is not null) { File.Delete(_filler); _filler = null; return; }
        if (_undo.Count > 0 && _undo[0][0] != "umount") { Try(_undo[0]); _undo.RemoveAt(0); }
    }

    public void Dispose()
    {
        Clear();
        foreach (var command in _undo) Try(command);
        _undo.Clear();
    }

    private string? Try(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(start)!;
            var error = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return p.ExitCode == 0 ? null : $"{string.Join(' ', command)}: {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{command[0]}: {e.Message}";
        }
    }
}
