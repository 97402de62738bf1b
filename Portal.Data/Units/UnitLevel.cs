namespace Portal.Data.Units;

/// <summary>Level of an administrative unit. Stored as its number; the order is top-down.</summary>
public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
}
