using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Ledger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKind = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BalanceMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumBalanceMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    MaximumBalanceMinutes = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerAccounts", x => x.Id);
                    table.CheckConstraint("CK_LedgerAccounts_Maximum", "\"MaximumBalanceMinutes\" IS NULL OR \"BalanceMinutes\" <= \"MaximumBalanceMinutes\"");
                    table.CheckConstraint("CK_LedgerAccounts_Minimum", "\"MinimumBalanceMinutes\" IS NULL OR \"BalanceMinutes\" >= \"MinimumBalanceMinutes\"");
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Number = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    OnBehalfOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReversesTransferId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Number);
                    table.UniqueConstraint("AK_Transfers_Id", x => x.Id);
                    table.CheckConstraint("CK_Transfers_PositiveAmount", "\"Minutes\" > 0");
                    table.CheckConstraint("CK_Transfers_TwoAccounts", "\"FromAccountId\" <> \"ToAccountId\"");
                    table.ForeignKey(
                        name: "FK_Transfers_LedgerAccounts_FromAccountId",
                        column: x => x.FromAccountId,
                        principalTable: "LedgerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_LedgerAccounts_ToAccountId",
                        column: x => x.ToAccountId,
                        principalTable: "LedgerAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Transfers_ReversesTransferId",
                        column: x => x.ReversesTransferId,
                        principalTable: "Transfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_OwnerKind_OwnerId",
                table: "LedgerAccounts",
                columns: new[] { "OwnerKind", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromAccountId_Number",
                table: "Transfers",
                columns: new[] { "FromAccountId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_IdempotencyKey",
                table: "Transfers",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ReversesTransferId",
                table: "Transfers",
                column: "ReversesTransferId",
                unique: true,
                filter: "\"ReversesTransferId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToAccountId_Number",
                table: "Transfers",
                columns: new[] { "ToAccountId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "LedgerAccounts");
        }
    }
}
