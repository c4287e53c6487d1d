using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeavingBalance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LeavingBalance",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "LedgerAccounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HeldAtOrganisationId",
                table: "LedgerAccounts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Purpose",
                table: "LedgerAccounts",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_CommunityPot",
                table: "LedgerAccounts",
                column: "HeldAtOrganisationId",
                unique: true,
                filter: "\"Purpose\" = 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerAccounts_CommunityPot",
                table: "LedgerAccounts");

            migrationBuilder.DropColumn(
                name: "LeavingBalance",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "LedgerAccounts");

            migrationBuilder.DropColumn(
                name: "HeldAtOrganisationId",
                table: "LedgerAccounts");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "LedgerAccounts");
        }
    }
}
