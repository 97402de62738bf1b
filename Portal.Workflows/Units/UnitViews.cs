using Portal.Data.Units;

namespace Portal.Workflows.Units;

/// <summary>A unit as lists show it. <see cref="CanOpen"/> is false for an ancestor outside the reader's scope.</summary>
public sealed record UnitRow(int Id, string StructureCode, UnitLevel Level, string Code, string Name, string Type,
    string? ParentName, bool CanOpen = true);

/// <summary>One unit's page: the chain of its parents from the top, and its children.</summary>
public sealed record UnitDetails(UnitRow Unit, IReadOnlyList<UnitRow> Ancestors, IReadOnlyList<UnitRow> Children)
{
    /// <summary>The office that appraises dossiers here (a district or province), as the province recorded it.</summary>
    public string? AppraisingOffice { get; init; }
    /// <summary>The reader is the province (or an administrator): sets categories and the appraising office.</summary>
    public bool CanManage { get; init; }
}

/// <summary>What a search asks for. Text matches names with or without diacritics, and codes.</summary>
public sealed record UnitQuery(string? StructureCode = null, UnitLevel? Level = null, string? Text = null);
