using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BookingCancellations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Cancellation",
                table: "TransportBookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CancelledById",
                table: "TransportBookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportBookings_CancelledById",
                table: "TransportBookings",
                column: "CancelledById");

            migrationBuilder.AddForeignKey(
                name: "FK_TransportBookings_People_CancelledById",
                table: "TransportBookings",
                column: "CancelledById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TransportBookings_People_CancelledById",
                table: "TransportBookings");

            migrationBuilder.DropIndex(
                name: "IX_TransportBookings_CancelledById",
                table: "TransportBookings");

            migrationBuilder.DropColumn(
                name: "Cancellation",
                table: "TransportBookings");

            migrationBuilder.DropColumn(
                name: "CancelledById",
                table: "TransportBookings");
        }
    }
}
