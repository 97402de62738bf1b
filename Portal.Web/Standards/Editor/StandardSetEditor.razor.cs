using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Portal.Workflows.Scoring;
using Portal.Workflows.Texts;

namespace Portal.Web.Standards;

public partial class StandardSetEditor
{
    /// <summary>The set file to edit; for a new set, <see cref="SetDraft.NewTemplate"/>.</summary>
    [Parameter, EditorRequired] public string InitialJson { get; set; } = "";

    /// <summary>The code can be typed only for a new set: a dossier keeps its set's code for life.</summary>
    [Parameter] public bool IsNew { get; set; }

    /// <summary>Called with the set file (JSON) when the administrator presses Save; only a set without problems.</summary>
    [Parameter] public EventCallback<string> OnSave { get; set; }

    /// <summary>Problems the host got back when storing; shown with the local ones until the next edit.</summary>
    [Parameter] public IReadOnlyList<SetProblem>? ServerProblems { get; set; }

    /// <summary>The host is storing: Save is disabled.</summary>
    [Parameter] public bool Busy { get; set; }

    private SetDraft Draft { get; set; } = new();
    private string? _initialJson;
    private string? _loadError;
    private string _json = "";
    private IReadOnlyList<SetProblem> _problems = [];
    private ProblemIndex _index = ProblemIndex.None;
    private IReadOnlyList<SetProblem>? _serverProblems;
    private bool _serverProblemsStale;
    private readonly HashSet<CriterionDraft> _expanded = [];
    private readonly TypingErrors _typing;
    private int _revision;   // counts validations; rendered as data-revision so a test can wait for an edit to land

    public StandardSetEditor() => _typing = new TypingErrors(() => _ = InvokeAsync(StateHasChanged));

    private int Sum => Draft.KnownMaxPointsSum;
    private int UnknownCount => Draft.UnknownMaxPointsCount;
    private bool SumMatches => UnknownCount == 0 && Sum == Draft.TotalPoints;
    private IReadOnlyList<SetProblem> ShownServerProblems => _serverProblemsStale ? [] : _serverProblems ?? [];
    private int ShownProblemCount => _problems.Count + ShownServerProblems.Count;

    protected override void OnParametersSet()
    {
        var serverChanged = !ReferenceEquals(ServerProblems, _serverProblems);
        if (serverChanged)
        {
            _serverProblems = ServerProblems;
            _serverProblemsStale = false;
        }
        // The host may pass back the file it just stored: that is the draft as it stands, so keep the open panels.
        if (InitialJson != _initialJson && InitialJson != _json) Load(InitialJson);
        else if (serverChanged) Validate();
        _initialJson = InitialJson;
    }

    private void Load(string json)
    {
        try
        {
            Draft = SetDraft.FromJson(json);
            _loadError = null;
            _expanded.Clear();
            Validate();
        }
        catch (JsonException ex)
        {
            _loadError = ex.Message;
        }
    }

    /// <summary>The format checks the draft as the model it maps to; the same rules refuse an import.</summary>
    private void Validate()
    {
        _revision++;
        var set = Draft.ToSet();
        _json = StandardSetFormat.Write(set);
        _problems = StandardSetFormat.Validate(set);
        _index = new ProblemIndex(_problems.Concat(ShownServerProblems));
    }

    private Task ChangedAsync()
    {
        _serverProblemsStale = true;
        Validate();
        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        Validate();
        if (Busy || _problems.Count > 0 || _typing.Any) return;
        await OnSave.InvokeAsync(_json);
    }

    private Task AddCriterionAsync()
    {
        _expanded.Add(Draft.AddCriterion());
        return ChangedAsync();
    }

    private Task MoveAsync(int index, int offset)
    {
        Draft.MoveCriterion(index, offset);
        return ChangedAsync();
    }

    private Task RemoveAsync(int index)
    {
        _expanded.Remove(Draft.Criteria[index]);
        Draft.Criteria.RemoveAt(index);
        return ChangedAsync();
    }

    private void Toggle(CriterionDraft criterion, bool open)
    {
        if (open) _expanded.Add(criterion);
        else _expanded.Remove(criterion);
    }

    /// <summary>"1. Nguồn lực thực hiện quyền trẻ em — 100 điểm".</summary>
    private string Header(CriterionDraft c) => T["Editor.CriterionHeader", c.No,
        c.NameVi ?? c.NameEn ?? T["Editor.Unnamed"],
        c.MaxPoints is { } points ? T["Editor.PointsValue", Number(points)] : T["Editor.PointsUnknown"]];

    private static string Number(int value) => PortalFormat.Number(value);
}
