namespace Portal.Workflows.Scoring;

/// <summary>A commune category (loại xã/phường) with the minimum total it needs; <c>null</c> when unknown.</summary>
public sealed record CommuneCategory(string Code, string? NameVi, string? NameEn, int? MinTotal);
